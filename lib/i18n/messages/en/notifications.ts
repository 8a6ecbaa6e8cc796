// English catalogue section for the notifications screens (owned by that domain's pages).
const notifications = {};

export default notifications;
