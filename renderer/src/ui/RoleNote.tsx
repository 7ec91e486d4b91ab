/** Why an action on this screen is not open to the signed-in officer ("Only a supervisor can …"), or nothing. */
export function RoleNote({ refusal }: { refusal: string | null | undefined }) {
  if (!refusal) return null;
  return (
    <p className="role-note" role="note">
      {refusal}
    </p>
  );
}
