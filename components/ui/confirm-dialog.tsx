"use client";
// A modal confirmation built on <dialog>, which traps focus and closes on Escape.
import { useRef, type ReactNode } from "react";
import { Button } from "@/components/ui/button";

interface ConfirmDialogProps {
  trigger: string;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  variant?: "primary" | "danger";
  pending?: boolean;
  onConfirm: () => void;
}

export function ConfirmDialog({ trigger, title, children, confirmLabel, cancelLabel, variant = "primary", pending, onConfirm }: ConfirmDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = `dialog-${trigger.replace(/\W+/g, "-").toLowerCase()}`;
  return (
    <>
      <Button variant={variant === "danger" ? "danger" : "secondary"} onClick={() => ref.current?.showModal()} disabled={pending}>
        {trigger}
      </Button>
      <dialog ref={ref} aria-labelledby={titleId} className="m-auto w-[32rem] max-w-[92vw] rounded-lg p-0 shadow-xl">
        <div className="space-y-4 p-6">
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
