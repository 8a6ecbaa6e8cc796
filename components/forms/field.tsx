"use client";
// A labelled form control with its hint and error, wired for screen readers.
import { cloneElement, isValidElement, type ReactElement, type ReactNode } from "react";
import { cx } from "@/components/ui/cx";

export const inputClass =
  "block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-sm text-slate-900 shadow-sm placeholder:text-slate-500 focus:border-brand-600 aria-[invalid=true]:border-red-700";

interface FieldProps {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  required?: boolean;
  requiredLabel?: string;
  children: ReactElement<Record<string, unknown>>;
  className?: string;
}

export function Field({ id, label, hint, error, required, requiredLabel, children, className }: FieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  const control = isValidElement(children)
    ? cloneElement(children, { id, "aria-describedby": describedBy, "aria-invalid": error ? true : undefined, "aria-required": required || undefined })
    : children;
  return (
    <div className={cx("space-y-1", className)}>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
        {/* The control carries aria-required; the star is for sighted users only. */}
        {required && (
          <span className="text-red-700" aria-hidden="true" title={requiredLabel ?? "required"}>
            {" *"}
          </span>
        )}
      </label>
      {control}
      {hint && (
        <p id={hintId} className="text-xs text-slate-600">
          {hint}
        </p>
      )}
      <FieldError id={errorId} message={error} />
    </div>
  );
}

export function FieldError({ id, message }: { id?: string; message?: ReactNode }) {
  if (!message) return null;
  return (
    <p id={id} className="text-sm font-medium text-red-700" role="alert">
      {message}
    </p>
  );
}

export function FormAlert({ children }: { children?: ReactNode }) {
  if (!children) return null;
  return (
    <div role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-800">
      {children}
    </div>
  );
}
