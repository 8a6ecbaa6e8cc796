"use client";
// A button that asks before it acts, in a modal <dialog> (focus trapped, Escape closes). Ids come from useId, so the
// same button can repeat down a table; `triggerLabel` gives each row's button a name that says which row it acts on.
import { useId, useRef, type ReactNode } from "react";
import { Button } from "@/components/ui/button";

interface ConfirmDialogProps {
  trigger: string;
  /** Accessible name of the trigger when its text alone is ambiguous ("Deactivate API key “branch app”"). */
  triggerLabel?: string;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  variant?: "primary" | "danger";
  /** Compact trigger for table rows. */
  size?: "normal" | "small";
  pending?: boolean;
  onConfirm: () => void;
}

export function ConfirmDialog({ trigger, triggerLabel, title, children, confirmLabel, cancelLabel, variant = "primary", size = "normal", pending, onConfirm }: ConfirmDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = `${useId()}-title`;
  return (
    <>
      <Button
        variant={variant === "danger" ? "danger" : "secondary"}
        className={size === "small" ? "px-3 py-1 text-xs" : undefined}
        aria-label={triggerLabel}
        onClick={() => ref.current?.showModal()}
        disabled={pending}
      >
        {trigger}
      </Button>
      <dialog ref={ref} aria-labelledby={titleId} className="m-auto w-[32rem] max-w-[92vw] rounded-lg p-0 shadow-xl">
        <div className="space-y-4 whitespace-normal p-6 text-start">
          <h2 id={titleId} className="text-lg font-semibold text-slate-900">
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
