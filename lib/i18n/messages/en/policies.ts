// English catalogue section for the policies screens (owned by that domain's pages).
const policies = {};

export default policies;
