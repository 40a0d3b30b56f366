import { TextField } from './TextField';

type PathFieldProps = Omit<Parameters<typeof TextField>[0], 'type' | 'spellCheck' | 'maxLength'>;

/** A labelled input for a file or folder path typed in full (spell checking off, bounded length). */
export function PathField(props: PathFieldProps) {
  return <TextField {...props} type="text" spellCheck={false} maxLength={1000} />;
}
