/** The sample clinic of invented patients: the first-start button, the banner, and restore refusals. */
export const sampleEn = {
  explore: 'Explore with a sample clinic',
  exploreBody:
    'Look around a working clinic full of invented patients, or train a new assistant. It is kept in its own folder, apart from your clinic.',
  building: 'Building the sample clinic…',
  banner: 'Sample clinic — invented patients; nothing here is real',
  passphrase: 'Its passphrase: {{passphrase}}',
  leave: 'Back to the real clinic',
  leaving: 'Closing the sample clinic…',
  title: 'Sample clinic — Mesodesk',
  sampleBackupRefused:
    'This backup is of the sample clinic of invented patients: it cannot be restored into a real clinic.',
  realBackupRefused: 'This backup is of a real clinic: it cannot be restored into the sample clinic.',
  onlyAtFirstStart: 'The sample clinic opens only from the first-start screen, before a clinic is set up.',
};
