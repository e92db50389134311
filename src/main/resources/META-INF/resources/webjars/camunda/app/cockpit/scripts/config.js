export default {
  customScripts: ['subscriptions/plugin']
};
