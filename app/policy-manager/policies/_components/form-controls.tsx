"use client";
// Small controls shared by the policy form editors: labelled inputs bound to one place in the policy JSON.
import { useState, type ReactNode } from "react";
import { splitList } from "@/lib/policies/policy-form";
import { inputClass } from "@/components/forms/field";
import { cx } from "@/components/ui/cx";

export const smallInputClass = "block w-full rounded-md border border-slate-400 bg-white px-2 py-1.5 text-sm text-slate-900";

export function Labelled({ id, label, hint, children, className }: { id: string; label: string; hint?: string; children: ReactNode; className?: string }) {
  return (
    <div className={cx("space-y-1", className)}>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {children}
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-slate-600">
          {hint}
        </p>
      )}
    </div>
  );
}

export function TextInput({ id, value, onChange, list, ariaLabel, describedBy, inputMode, className }: { id?: string; value: string; onChange: (v: string) => void; list?: string; ariaLabel?: string; describedBy?: string; inputMode?: "numeric"; className?: string }) {
  return (
    <input
      id={id}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      list={list}
      aria-label={ariaLabel}
      aria-describedby={describedBy}
      inputMode={inputMode}
      autoComplete="off"
      className={className ?? inputClass}
    />
  );
}

export function Select({ id, value, onChange, options, ariaLabel, className }: { id?: string; value: string; onChange: (v: string) => void; options: { value: string; label: string }[]; ariaLabel?: string; className?: string }) {
  return (
    <select id={id} value={value} onChange={(e) => onChange(e.target.value)} aria-label={ariaLabel} className={className ?? inputClass}>
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}

export function Suggestions({ id, values }: { id: string; values: readonly string[] }) {
  return (
    <datalist id={id}>
      {values.map((v) => (
        <option key={v} value={v} />
      ))}
    </datalist>
  );
}

export function SmallButton({ children, onClick, label }: { children: ReactNode; onClick: () => void; label?: string }) {
  return (
    <button type="button" onClick={onClick} aria-label={label} className="rounded-md border border-slate-300 bg-white px-2 py-1 text-xs font-semibold text-slate-800 hover:bg-slate-100">
      {children}
    </button>
  );
}

export function AddButton({ children, onClick }: { children: ReactNode; onClick: () => void }) {
  return (
    <button type="button" onClick={onClick} className="mt-2 rounded-md px-2 py-1 text-sm font-semibold text-brand-700 hover:bg-brand-50">
      + {children}
    </button>
  );
}

/**
 * A comma-separated list ("eng, fra") bound to a JSON array. The typed text is kept locally, so "eng," survives until the next
 * entry is typed; it is replaced only when the array changes from elsewhere (the JSON editor).
 */
export function ListInput({ id, values, onChange, ariaLabel, describedBy, className }: { id?: string; values: string[]; onChange: (list: string[]) => void; ariaLabel?: string; describedBy?: string; className?: string }) {
  const joined = values.join(", ");
  const [text, setText] = useState(joined);
  const [synced, setSynced] = useState(joined);
  if (joined !== synced) {
    setSynced(joined);
    if (splitList(text).join(", ") !== joined) setText(joined);
  }
  return (
    <TextInput
      id={id}
      value={text}
      ariaLabel={ariaLabel}
      describedBy={describedBy}
      className={className}
      onChange={(v) => {
        const list = splitList(v);
        setText(v);
        setSynced(list.join(", "));
        onChange(list);
      }}
    />
  );
}
