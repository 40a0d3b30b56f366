/** Patient languages and the review of shipped translations (see src/renderer/src/clinical-texts). */
export const languagesEn = {
  patientReads: 'The patient reads and signs this in {{language}}.',
  review: {
    title: 'Review before first use',
    body: 'This text in {{language}} is a translation shipped with Mesodesk. The clinic answers for what its patients read and sign: read it through once, then approve it. Until then it cannot be signed or given.',
    approve: 'I have read this text: approve it',
    approving: 'Approving…',
    approved: 'Text approved. It can now be used.',
  },
};
