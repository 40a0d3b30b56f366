/** The first-start setup and its way back in from Settings. */
export const setupEn = {
  title: 'Setting up the clinic',
  stepsLabel: 'Setup steps',
  stepOf: 'Step {{n}} of {{total}}: {{title}}',
  done: 'Done',
  notDone: 'Not done yet',
  saveAndContinue: 'Save and continue',
  skipStep: 'Skip this step',
  skipAll: 'Skip the setup for now',
  skipAllHint: 'You can come back to it from Settings.',
  finish: 'Finish',
  cardTitle: 'First-start setup',
  resume: 'Continue the setup',
  review: 'Review the setup',
  contactMissing:
    'The clinic’s name, address or telephone number is missing, so this document will not tell the patient how to reach the clinic.',
  contactMissingLink: 'Add the clinic’s details',
  secondFolder: 'Automatic backups are also written to {{folder}}.',
  noSecondFolder: 'Automatic backups stay on this computer only.',
  chooseSecondFolder: 'Choose a second backup folder',
  changeSecondFolder: 'Change it',
  steps: {
    profile: {
      title: 'Clinic profile',
      body: 'These details are printed on every consent form and aftercare sheet, so patients know who treated them and how to reach the clinic.',
    },
    workingHours: {
      title: 'Working hours',
      body: 'The diary proposes times within these hours and warns about a booking outside them, in a break or on a closed day. Appointments are kept in the clinic’s time zone.',
      saved: 'Working hours saved.',
    },
    backupFolder: {
      title: 'Second backup folder',
      body: 'Backups kept only on this computer are lost with it. Choose a folder on an external drive or another disk: every automatic backup is also written there.',
      field: 'Second backup folder',
      hint: 'For example a folder on a USB drive. Mesodesk writes a small test file there first.',
      testAndSave: 'Test and save the folder',
      testing: 'Testing the folder…',
      saved: 'The test write worked: backups will also go to {{folder}}.',
    },
    firstBackup: {
      title: 'First backup',
      body: 'A first backup is taken now and checked: it opens with your key and holds everything the clinic has.',
      written: 'Written to {{file}} at {{date}}.',
      again: 'Back up again',
    },
  },
};
