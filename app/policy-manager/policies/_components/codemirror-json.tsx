"use client";
// The CodeMirror surface of the JSON editor; loaded on demand so it never weighs on a page's first load.
import CodeMirror, { EditorView, type ReactCodeMirrorRef } from "@uiw/react-codemirror";
import { json } from "@codemirror/lang-json";
import { useEffect, useMemo, useRef } from "react";

export interface JumpTarget {
  from: number;
  to: number;
  /** Changes on every request, so asking twice for the same place still moves the cursor. */
  nonce: number;
}

interface Props {
  value: string;
  onChange: (value: string) => void;
  label: string;
  describedBy?: string;
  jump?: JumpTarget;
}

// The default light theme's gutter grey fails WCAG contrast; these colours pass AA on their backgrounds.
const theme = EditorView.theme({
  "&": { fontSize: "13px", border: "1px solid #94a3b8", borderRadius: "0.375rem" },
  "&.cm-focused": { outline: "2px solid #1d4ed8", outlineOffset: "1px" },
  ".cm-gutters": { backgroundColor: "#f1f5f9", color: "#334155", borderRight: "1px solid #cbd5e1" },
  ".cm-activeLineGutter": { backgroundColor: "#e2e8f0", color: "#0f172a" },
  ".cm-content": { fontFamily: "ui-monospace, SFMono-Regular, Menlo, monospace" },
});

export default function CodeMirrorJson({ value, onChange, label, describedBy, jump }: Props) {
  const ref = useRef<ReactCodeMirrorRef>(null);
  const extensions = useMemo(
    () => [json(), EditorView.lineWrapping, EditorView.contentAttributes.of({ "aria-label": label, ...(describedBy ? { "aria-describedby": describedBy } : {}) }), theme],
    [label, describedBy],
  );

  useEffect(() => {
    const view = ref.current?.view;
    if (!jump || !view) return;
    const length = view.state.doc.length;
    const from = Math.min(jump.from, length);
    view.dispatch({ selection: { anchor: from, head: Math.min(Math.max(jump.to, from), length) }, scrollIntoView: true });
    view.focus();
  }, [jump]);

  return (
    <CodeMirror
      ref={ref}
      value={value}
      onChange={onChange}
      extensions={extensions}
      height="34rem"
      basicSetup={{ autocompletion: false, searchKeymap: true, foldGutter: true, highlightActiveLine: true }}
      data-testid="policy-json-editor"
    />
  );
}
