import { useState } from 'react';

/** A new passphrase and its repetition, as typed into NewPassphraseFields. */
export function useNewPassphrase() {
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  return {
    passphrase,
    confirmation,
    clear: () => {
      setPassphrase('');
      setConfirmation('');
    },
    /** The values and setters NewPassphraseFields takes. */
    fields: { passphrase, confirmation, onPassphrase: setPassphrase, onConfirmation: setConfirmation },
  };
}
