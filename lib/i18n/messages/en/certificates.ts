// English catalogue section for the certificates screens (owned by that domain's pages).
const certificates = {};

export default certificates;
