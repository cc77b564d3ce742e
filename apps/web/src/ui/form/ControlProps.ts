// What ties a form's control to its label, hint and message: its id and name, whether it is
// invalid, and the ids of what describes it.
export interface ControlProps {
  id: string;
  name: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}
