"use client";
import { signOut } from "next-auth/react";
import { Button } from "@/components/ui/button";

export function SignOutButton({ label }: { label: string }) {
  return (
    <Button variant="secondary" className="w-full" onClick={() => signOut({ callbackUrl: "/login?signedOut=1" })}>
      {label}
    </Button>
  );
}
