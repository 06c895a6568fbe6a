import { useId } from 'react';

interface FilePickerProps {
  label: string;
  accept: string;
  onFile: (file: File) => void;
}

/** A button-looking label over a hidden file input; the same file can be picked twice in a row. */
export function FilePicker({ label, accept, onFile }: FilePickerProps) {
  const id = useId();
  return (
    <>
      <label htmlFor={id} className="file-button">
        {label}
      </label>
      <input
        id={id}
        type="file"
        accept={accept}
        className="visually-hidden"
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) onFile(file);
          event.target.value = '';
        }}
      />
    </>
  );
}
