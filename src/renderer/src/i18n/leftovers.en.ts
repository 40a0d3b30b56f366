/** Discarding an intake draft, leaving unsaved forms, archiving templates. */
export const leftoversEn = {
  leave: {
    title: 'Leave without saving?',
    body: 'The changes you made on this form have not been saved. If you leave now they are lost.',
    stay: 'Stay',
    leave: 'Leave',
  },
  discard: {
    button: 'Discard draft',
    title: 'Discard this intake draft?',
    body: 'The draft is archived, not deleted: it stays in the records but is no longer open, and its answers are not used. A new intake can be started at any time.',
    confirm: 'Discard draft',
    cancel: 'Keep the draft',
    done: 'Intake draft discarded.',
    discardedOn: 'This draft was discarded on {{date}}. It is kept as it was and can no longer be changed.',
  },
  archive: {
    archive: 'Archive',
    unarchive: 'Un-archive',
    archiveLabel: 'Archive {{title}}',
    unarchiveLabel: 'Un-archive {{title}}',
    showArchived: 'Show archived templates',
    archived: 'Archived',
    archivedNotice:
      'Template archived. It is no longer offered for new documents; documents signed from it are unchanged.',
    unarchivedNotice: 'Template un-archived. It is offered for new documents again.',
  },
};
