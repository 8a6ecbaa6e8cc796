import { TableSkeleton } from "@/components/data-table/data-table";

export default function Loading() {
  return <TableSkeleton />;
}
