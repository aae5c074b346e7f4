/** A form's complaint, announced as it appears; nothing at all when there is none. */
export function FieldError({ message, id }: { message: string | null; id?: string }) {
  if (!message) return null;
  return (
    <p id={id} role="alert" className="field-error">
      {message}
    </p>
  );
}
