// English catalogue section for the keys screens (owned by that domain's pages).
const keys = {};

export default keys;
