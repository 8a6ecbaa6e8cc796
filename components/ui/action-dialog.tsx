"use client";
// A button that opens a modal to confirm an action, optionally asking for a comment; the modal stays open
// with the server's answer when the action is refused. Ids come from useId, so many can share a page.
import { useId, useRef, useState, useTransition, type ReactNode } from "react";
import { Field, FormAlert, inputClass } from "@/components/forms/field";
import { Button } from "@/components/ui/button";

interface ActionDialogProps {
  trigger: string;
  /** accessible name of the trigger when the visible text is not enough (it starts with the visible text) */
  triggerLabel?: string;
  triggerVariant?: "primary" | "secondary" | "danger";
  title: string;
  confirmLabel: string;
  cancelLabel: string;
  variant?: "primary" | "danger";
  children?: ReactNode;
  comment?: { label: string; hint?: string; required?: boolean; requiredLabel?: string };
  disabled?: boolean;
  testId?: string;
  /** resolves to an error text to show in the dialog, or null when done */
  onConfirm: (comment: string) => Promise<string | null>;
}

export function ActionDialog({
  trigger,
  triggerLabel,
  triggerVariant = "secondary",
  title,
  confirmLabel,
  cancelLabel,
  variant = "primary",
  children,
  comment,
  disabled,
  testId,
  onConfirm,
}: ActionDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [text, setText] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function open() {
    setError(null);
    ref.current?.showModal();
  }

  function confirm() {
    startTransition(async () => {
      const problem = await onConfirm(text.trim());
      if (problem) {
        setError(problem);
        return;
      }
      setText("");
      ref.current?.close();
    });
  }

  return (
    <>
      <Button variant={triggerVariant} onClick={open} disabled={disabled || pending} aria-label={triggerLabel} data-testid={testId}>
        {trigger}
      </Button>
      <dialog ref={ref} aria-labelledby={`${id}-title`} className="m-auto w-[34rem] max-w-[92vw] rounded-lg p-0 shadow-xl">
        <div className="space-y-4 p-6">
          <h2 id={`${id}-title`} className="text-lg font-semibold text-slate-900">
            {title}
          </h2>
          {children && <div className="space-y-2 text-sm text-slate-700">{children}</div>}
          {comment && (
            <Field id={`${id}-comment`} label={comment.label} hint={comment.hint} required={comment.required} requiredLabel={comment.requiredLabel}>
              <textarea value={text} onChange={(e) => setText(e.target.value)} rows={3} maxLength={1024} className={inputClass} />
            </Field>
          )}
          <FormAlert>{error}</FormAlert>
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={() => ref.current?.close()}>
              {cancelLabel}
            </Button>
            <Button variant={variant} disabled={pending} onClick={confirm}>
              {confirmLabel}
            </Button>
          </div>
        </div>
      </dialog>
    </>
  );
}
