// Our product's name in the header and the browser tab (this file replaces the one in Camunda's webjar).
// Tasklist reads its keyboard shortcuts from here too, so they are listed again.
export default {
  app: {
    name: 'Tasklist',
    vendor: 'Network Orchestrator'
  },
  disableWelcomeMessage: true,
  shortcuts: {
    claimTask: {key: 'ctrl+alt+c', description: 'claim the selected task'},
    focusFilter: {key: 'ctrl+shift+f', description: 'go to the first filter'},
    focusList: {key: 'ctrl+alt+l', description: 'go to the first task in the list'},
    focusForm: {key: 'ctrl+alt+f', description: 'go to the first field of the task form'},
    startProcess: {key: 'ctrl+alt+p', description: 'open the start process dialog'}
  }
};
