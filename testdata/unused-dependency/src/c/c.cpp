namespace c {
int unused_by_anyone() { return 0; }
}  // namespace c
