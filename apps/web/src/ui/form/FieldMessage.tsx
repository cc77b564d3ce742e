// The message under a field: announced with the field (aria-describedby points at its id).
export function FieldMessage({
  id,
  message,
  testId,
}: {
  id: string;
  message: string | null;
  testId?: string;
}) {
  if (!message) return null;
  return (
    <p id={id} className="text-sm text-danger" data-testid={testId}>
      {message}
    </p>
  );
}
