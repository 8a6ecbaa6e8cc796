"use client";
// A button that asks before it acts, in a <dialog>; ids come from useId, so that many rows can carry the same button.
import { useId, useRef, type ReactNode } from "react";
import { Button } from "@/components/ui/button";

interface Props {
  label: string;
  accessibleLabel?: string;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  variant?: "primary" | "danger";
  pending?: boolean;
  onConfirm: () => void;
}

export function ConfirmButton({ label, accessibleLabel, title, children, confirmLabel, cancelLabel, variant = "primary", pending, onConfirm }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  return (
    <>
      <Button variant={variant === "danger" ? "danger" : "secondary"} aria-label={accessibleLabel} onClick={() => ref.current?.showModal()} disabled={pending}>
        {label}
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
