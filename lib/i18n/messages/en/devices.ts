// English catalogue section for the devices screens (owned by that domain's pages).
const devices = {};

export default devices;
