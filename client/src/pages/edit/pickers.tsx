/**
 * Actor pickers (host, partners, organisation, parent, commune) as ARIA 1.2 comboboxes searching
 * `actors(filter: { search })`, and the territory inputs (région and département selects from the
 * API, commune picker).
 */
import { useQuery } from '@apollo/client/react';
import { useEffect, useId, useMemo, useState, type KeyboardEvent } from 'react';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import type { ActorFilter } from '../../gql/graphql';
import { useLanguage, useMessages } from '../../i18n/i18n';
import { ACTOR_KINDS, COLLECTIVITY_LEVELS, label as enumLabel } from '../../ui/labels';
import { FieldError, RequiredMark, inputId, type EditForm } from './fields';
import type { ActorChoice, TerritoryState } from './formState';
import { EDIT } from './messages';

const ActorPickerOption = graphql(`
  fragment ActorPicker_actor on Actor {
    id
    name
    acronym
    kind
    collectivityLevel
    territory { regionCode departmentCode departmentName communeCode communeName }
  }
`);

const ActorPickerQuery = graphql(`
  query ActorPicker($filter: ActorFilter!) {
    actors(filter: $filter, first: 8) {
      totalCount
      nodes { id ...ActorPicker_actor }
    }
  }
`);

type PickerActor = NonNullable<ReturnType<typeof useActorOptions>['options']>[number];

function useDebounced<T>(value: T, delay = 250): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return debounced;
}

const INSEE_CODE = /^(\d{5}|2[ABab]\d{3})$/;

function useActorOptions(query: string, filter: ActorFilter | undefined, byCommuneCode: boolean) {
  const debounced = useDebounced(query.trim());
  const code = byCommuneCode && INSEE_CODE.test(debounced) ? debounced.toUpperCase() : null;
  const skip = debounced.length < 2;
  const { data, loading, previousData } = useQuery(ActorPickerQuery, {
    variables: { filter: code ? { ...filter, communeCode: code } : { ...filter, search: debounced } },
    skip,
  });
  const nodes = (data ?? previousData)?.actors.nodes;
  const options = useMemo(() => nodes?.map((node) => getFragmentData(ActorPickerOption, node as FragmentType<typeof ActorPickerOption>)), [nodes]);
  return { options: skip ? undefined : options, loading: !skip && (loading || debounced !== query.trim()) };
}

function describeActor(actor: PickerActor, language: 'fr' | 'en'): string {
  const kind = actor.kind === 'COLLECTIVITY' && actor.collectivityLevel
    ? enumLabel(COLLECTIVITY_LEVELS, actor.collectivityLevel, language)
    : enumLabel(ACTOR_KINDS, actor.kind, language);
  const place = actor.collectivityLevel === 'COMMUNE'
    ? [actor.territory.communeCode, actor.territory.departmentName].filter(Boolean).join(', ')
    : actor.territory.communeName ?? actor.territory.departmentName;
  return [kind, place].filter(Boolean).join(' · ');
}

export interface ActorComboboxProps {
  /** The input's id, used for the label and for focus on errors. */
  id: string;
  label: string;
  required?: boolean;
  hint?: string;
  value: ActorChoice | null;
  onChange(choice: ActorChoice | null, actor?: PickerActor): void;
  filter?: ActorFilter;
  /** Search communes by INSEE code too. */
  byCommuneCode?: boolean;
  /** Ids not to offer (the actor itself, the chosen partners). */
  excludeIds?: string[];
  describedBy?: string;
  invalid?: boolean;
  /** Clears the box once an actor is chosen (to add several). */
  clearOnChoose?: boolean;
}

export function ActorCombobox(props: ActorComboboxProps) {
  const { id, label, required, hint, value, onChange, filter, byCommuneCode = false, excludeIds = [], describedBy, invalid, clearOnChoose } = props;
  const t = useMessages(EDIT);
  const { language } = useLanguage();
  const [text, setText] = useState(value?.name ?? '');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const listId = `${id}-list`;
  const hintId = hint ? `${id}-hint` : undefined;
  const statusId = `${id}-status`;

  // Follow a value set from outside (a restored draft, a loaded record).
  useEffect(() => {
    if (!clearOnChoose) setText(value?.name ?? '');
  }, [value?.id, value?.name, clearOnChoose]);

  const searching = open && text.trim() !== (value?.name ?? '') ? text : '';
  const { options: found, loading } = useActorOptions(searching, filter, byCommuneCode);
  const options = useMemo(() => found?.filter((option) => !excludeIds.includes(option.id)) ?? [], [found, excludeIds]);
  const expanded = open && searching.trim().length >= 2;

  const choose = (option: PickerActor) => {
    onChange({ id: option.id, name: option.name, kind: option.kind, detail: describeActor(option, language) }, option);
    setText(clearOnChoose ? '' : option.name);
    setOpen(false);
    setActive(-1);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((i) => (options.length === 0 ? -1 : (i + 1) % options.length));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => (options.length === 0 ? -1 : (i <= 0 ? options.length - 1 : i - 1)));
    } else if (event.key === 'Enter') {
      if (expanded && active >= 0 && options[active]) {
        event.preventDefault();
        choose(options[active]);
      } else if (expanded) {
        event.preventDefault();
      }
    } else if (event.key === 'Escape') {
      if (expanded) {
        event.preventDefault();
        setOpen(false);
        setActive(-1);
      }
    }
  };

  let status = '';
  if (expanded) status = loading && !found ? t.picker.searching : options.length === 0 ? (loading ? t.picker.searching : t.picker.noResult) : t.picker.results(options.length);
  else if (open && text.trim().length > 0 && text.trim().length < 2) status = t.picker.typeMore;

  return (
    <div className="field combobox">
      <label htmlFor={id}>{label}<RequiredMark required={required} /></label>
      {hint && <p className="hint" id={hintId}>{hint}</p>}
      <div className="combobox-box">
        <input
          id={id}
          type="text"
          role="combobox"
          autoComplete="off"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded && active >= 0 && options[active] ? `${id}-option-${options[active].id}` : undefined}
          aria-required={required || undefined}
          aria-invalid={invalid || undefined}
          aria-describedby={[hintId, describedBy].filter(Boolean).join(' ') || undefined}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setOpen(true);
            setActive(-1);
            if (value && !clearOnChoose) onChange(null);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
        />
        <ul id={listId} role="listbox" aria-label={label} className="combobox-list" hidden={!expanded || options.length === 0}>
          {options.map((option, i) => (
            <li
              key={option.id}
              id={`${id}-option-${option.id}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'active' : undefined}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(option)}
            >
              <span className="option-name">{option.name}{option.acronym && option.acronym !== option.name ? ` (${option.acronym})` : ''}</span>
              <span className="option-detail">{describeActor(option, language)}</span>
            </li>
          ))}
        </ul>
      </div>
      <p id={statusId} className="visually-hidden" role="status" aria-live="polite">{status}</p>
      {value && !clearOnChoose && value.detail && <p className="hint">{value.detail}</p>}
    </div>
  );
}

/** A single actor picker wired to a form key (`hostId`, `parentId`, `organizationId`…). */
export function ActorField({ form, name, ...rest }: Omit<ActorComboboxProps, 'id' | 'describedBy' | 'invalid'> & { form: EditForm; name: string }) {
  const invalid = !!form.errors?.byKey[name];
  return (
    <div>
      <ActorCombobox {...rest} id={inputId(form.id, name)} invalid={invalid} describedBy={invalid ? `${inputId(form.id, name)}-error` : undefined} />
      <FieldError form={form} name={name} />
    </div>
  );
}

/** Several actors (an opportunity's partners): the chosen ones with a remove button, and a picker to add. */
export function ActorListField({ form, name, label, hint, value, onChange, excludeIds = [] }: {
  form: EditForm; name: string; label: string; hint?: string; value: ActorChoice[]; onChange(value: ActorChoice[]): void; excludeIds?: string[];
}) {
  const t = useMessages(EDIT);
  const invalid = !!form.errors?.byKey[name];
  const listLabelId = useId();
  return (
    <div className="field actor-list">
      {value.length > 0 && (
        <>
          <p id={listLabelId} className="list-title">{label}</p>
          <ul className="chips" aria-labelledby={listLabelId}>
            {value.map((actor) => (
              <li key={actor.id}>
                <span>{actor.name}</span>
                <button type="button" className="secondary small" onClick={() => onChange(value.filter((a) => a.id !== actor.id))}>
                  {t.picker.remove(actor.name)}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <ActorCombobox
        id={inputId(form.id, name)}
        label={label}
        hint={hint}
        value={null}
        clearOnChoose
        onChange={(choice) => choice && !value.some((a) => a.id === choice.id) && onChange([...value, choice])}
        excludeIds={[...excludeIds, ...value.map((a) => a.id)]}
        invalid={invalid}
        describedBy={invalid ? `${inputId(form.id, name)}-error` : undefined}
      />
      <FieldError form={form} name={name} />
    </div>
  );
}

const TerritoryOptionsQuery = graphql(`
  query TerritoryOptions {
    regions: actors(filter: { collectivityLevels: [REGION] }, first: 50) {
      nodes { id name territory { regionCode } }
    }
    departments: actors(filter: { collectivityLevels: [DEPARTMENT] }, first: 200) {
      nodes { id name territory { regionCode departmentCode } }
    }
  }
`);

/** Région and département selects from the API, and the commune picker, for `input.territory`. */
export function TerritoryFields({ form, value, onChange, required = true }: {
  form: EditForm; value: TerritoryState; onChange(value: TerritoryState): void; required?: boolean;
}) {
  const t = useMessages(EDIT);
  const { data, loading, error } = useQuery(TerritoryOptionsQuery);
  const regions = useMemo(
    () => [...(data?.regions.nodes ?? [])].filter((r) => r.territory.regionCode).sort((a, b) => a.name.localeCompare(b.name, 'fr')),
    [data],
  );
  const departments = useMemo(
    () => [...(data?.departments.nodes ?? [])]
      .filter((d) => d.territory.departmentCode && (!value.regionCode || d.territory.regionCode === value.regionCode))
      .sort((a, b) => a.territory.departmentCode!.localeCompare(b.territory.departmentCode!)),
    [data, value.regionCode],
  );
  const hintId = `${form.id}-territory-hint`;
  const regionKey = 'territory.regionCode';
  const departmentKey = 'territory.departmentCode';
  const communeKey = 'territory.communeCode';
  const communeInvalid = !!form.errors?.byKey[communeKey];

  const setRegion = (regionCode: string) => {
    const department = data?.departments.nodes.find((d) => d.territory.departmentCode === value.departmentCode);
    const keep = !regionCode || department?.territory.regionCode === regionCode;
    onChange(keep ? { ...value, regionCode } : { regionCode, departmentCode: '', communeCode: '', communeName: '' });
  };
  const setDepartment = (departmentCode: string) => {
    const department = data?.departments.nodes.find((d) => d.territory.departmentCode === departmentCode);
    onChange({
      regionCode: department?.territory.regionCode ?? value.regionCode,
      departmentCode,
      communeCode: departmentCode === value.departmentCode ? value.communeCode : '',
      communeName: departmentCode === value.departmentCode ? value.communeName : '',
    });
  };

  return (
    <fieldset className="territory">
      <legend>{t.territory.legend}<RequiredMark required={required} /></legend>
      <p className="hint" id={hintId}>{t.territory.hint}</p>
      <div className="territory-row">
        <div className="field">
          <label htmlFor={inputId(form.id, regionKey)}>{t.territory.region}</label>
          <select {...form.describe(regionKey, hintId)} value={value.regionCode} onChange={(e) => setRegion(e.target.value)} aria-busy={loading || undefined}>
            <option value="">{t.territory.anyRegion}</option>
            {/* Keeps a code the list does not know (a draft, or the list not loaded) so that the select shows it. */}
            {value.regionCode && !regions.some((r) => r.territory.regionCode === value.regionCode) && <option value={value.regionCode}>{value.regionCode}</option>}
            {regions.map((r) => <option key={r.id} value={r.territory.regionCode!}>{r.name}</option>)}
          </select>
          <FieldError form={form} name={regionKey} />
        </div>
        <div className="field">
          <label htmlFor={inputId(form.id, departmentKey)}>{t.territory.department}</label>
          <select {...form.describe(departmentKey, hintId)} value={value.departmentCode} onChange={(e) => setDepartment(e.target.value)} aria-busy={loading || undefined}>
            <option value="">{t.territory.anyDepartment}</option>
            {value.departmentCode && !departments.some((d) => d.territory.departmentCode === value.departmentCode) && <option value={value.departmentCode}>{value.departmentCode}</option>}
            {departments.map((d) => <option key={d.id} value={d.territory.departmentCode!}>{d.territory.departmentCode} – {d.name}</option>)}
          </select>
          <FieldError form={form} name={departmentKey} />
        </div>
      </div>
      <ActorCombobox
        id={inputId(form.id, communeKey)}
        label={t.territory.commune}
        hint={t.territory.communeHint}
        byCommuneCode
        filter={{ kinds: ['COLLECTIVITY'], collectivityLevels: ['COMMUNE'], ...(value.departmentCode ? { departmentCode: value.departmentCode } : {}) }}
        value={value.communeCode ? { id: value.communeCode, name: value.communeName ? `${value.communeName} (${value.communeCode})` : value.communeCode } : null}
        onChange={(choice, actor) => onChange(actor
          ? {
            regionCode: actor.territory.regionCode ?? value.regionCode,
            departmentCode: actor.territory.departmentCode ?? value.departmentCode,
            communeCode: actor.territory.communeCode ?? '',
            communeName: actor.name,
          }
          : { ...value, communeCode: '', communeName: '' })}
        invalid={communeInvalid}
        describedBy={communeInvalid ? `${inputId(form.id, communeKey)}-error` : undefined}
      />
      <FieldError form={form} name={communeKey} />
      {error && <p className="field-error">{t.unavailable}</p>}
    </fieldset>
  );
}

const ToolOptionsQuery = graphql(`
  query ToolOptions {
    partnershipTools { slug title family intensities }
    toolFamilies { family title titleEn }
  }
`);

/** The toolbox's tools, grouped by family, for a select. */
export function useToolGroups() {
  const { language } = useLanguage();
  const { data, loading, error } = useQuery(ToolOptionsQuery);
  const groups = useMemo(() => (data?.toolFamilies ?? []).map((family) => ({
    label: language === 'fr' ? family.title : family.titleEn,
    options: data!.partnershipTools.filter((tool) => tool.family === family.family).map((tool) => ({ value: tool.slug, label: tool.title })),
  })), [data, language]);
  return { groups, loading, error };
}
