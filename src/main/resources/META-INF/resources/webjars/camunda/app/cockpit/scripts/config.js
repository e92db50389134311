// Our product's name in the header and the browser tab (this file replaces the one in Camunda's webjar).
export default {
  app: {
    name: 'Cockpit',
    vendor: 'Network Orchestrator'
  },
  customScripts: ['subscriptions/plugin'],
};
