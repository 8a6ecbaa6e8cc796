"use client";
// A row action behind a confirmation, safe to repeat down a table: its ids come from useId (ConfirmDialog derives them
// from the trigger text, which repeats in every row) and its button names the row it acts on.
import { useId, useRef, type ReactNode } from "react";
import { Button } from "@/components/ui/button";

interface ConfirmActionProps {
  trigger: string;
  /** The accessible name of the trigger, naming the row ("Deactivate API key “branch app”"). */
  triggerLabel: string;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  variant?: "primary" | "danger";
  pending?: boolean;
  onConfirm: () => void;
}

export function ConfirmAction({ trigger, triggerLabel, title, children, confirmLabel, cancelLabel, variant = "danger", pending, onConfirm }: ConfirmActionProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  return (
    <>
      <Button variant={variant === "danger" ? "danger" : "secondary"} className="px-3 py-1 text-xs" aria-label={triggerLabel} onClick={() => ref.current?.showModal()} disabled={pending}>
        {trigger}
      </Button>
      <dialog ref={ref} aria-labelledby={`${id}-title`} className="m-auto w-[32rem] max-w-[92vw] rounded-lg p-0 shadow-xl">
        <div className="space-y-4 p-6 text-start whitespace-normal">
          <h2 id={`${id}-title`} className="text-lg font-semibold text-slate-900">
            {title}
          </h2>
          <div className="text-sm text-slate-700">{children}</div>
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={() => ref.current?.close()}>
              {cancelLabel}
            </Button>
            <Button
              variant={variant}
              disabled={pending}
              onClick={() => {
                ref.current?.close();
                onConfirm();
              }}
            >
              {confirmLabel}
            </Button>
          </div>
        </div>
      </dialog>
    </>
  );
}
