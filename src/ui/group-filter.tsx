// A "Category" select over first-level groups with their counts: how the saved and search pages narrow their lists.
import { t } from '@/i18n/locale';

interface GroupFilterProps {
  id: string;
  className: string;
  /** The chosen group, or '' for all. */
  value: string;
  onChange: (group: string) => void;
  total: number;
  groups: readonly (readonly [name: string, count: number])[];
}

export function GroupFilter({ id, className, value, onChange, total, groups }: GroupFilterProps) {
  return (
    <p className={`group-filter ${className}`}>
      <label htmlFor={id}>{t.filterByCategory}</label>{' '}
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">
          {t.allCategories} ({total})
        </option>
        {groups.map(([name, n]) => (
          <option key={name} value={name}>
            {name} ({n})
          </option>
        ))}
      </select>
    </p>
  );
}
