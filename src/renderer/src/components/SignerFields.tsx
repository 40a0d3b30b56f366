import { TextField } from './form/TextField';
import { SignaturePad, type SignatureValue } from './SignaturePad';

interface SignerFieldsProps {
  nameLabel: string;
  name: string;
  onName: (name: string) => void;
  nameError?: string;
  signatureLabel: string;
  signatureError?: string;
  onSignature: (value: SignatureValue | null) => void;
}

/** One signer: the name as it is printed under the signature, then the signature itself. */
export function SignerFields(props: SignerFieldsProps) {
  return (
    <>
      <div className="signing__name">
        <TextField
          label={props.nameLabel}
          required
          value={props.name}
          onChange={props.onName}
          error={props.nameError}
          maxLength={200}
        />
      </div>
      <SignaturePad
        label={props.signatureLabel}
        signerName={props.name}
        error={props.signatureError}
        onChange={props.onSignature}
      />
    </>
  );
}
