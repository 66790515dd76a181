// The pillar-2 action goals a record served: four checkboxes with the plan's own words, preset
// by the record's kind. `preset` says the choice is still the kind's (it follows a kind change).
import { P2_GOALS, normalizeP2Goals, type P2GoalId } from '../../shared/domain/goals';
import { useTerm } from '../i18n/terms';

export function GoalsField(props: { legend: string; help: string; value: readonly P2GoalId[]; onChange(goals: P2GoalId[]): void }) {
  const term = useTerm();
  const toggle = (id: P2GoalId, on: boolean) =>
    props.onChange(normalizeP2Goals(on ? [...props.value, id] : props.value.filter((g) => g !== id)));
  return (
    <fieldset className="goals-field">
      <legend>{props.legend}</legend>
      <p className="help">{props.help}</p>
      {P2_GOALS.map((g) => (
        <label key={g.id} className="check">
          <input type="checkbox" checked={props.value.includes(g.id)} onChange={(e) => toggle(g.id, e.target.checked)} />
          <span className="goal-id">{g.id}</span> <span>{term(g.label)}</span>
        </label>
      ))}
    </fieldset>
  );
}
