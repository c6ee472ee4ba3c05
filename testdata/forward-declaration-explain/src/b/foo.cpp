namespace b {
class Foo {
 public:
  int size = 0;
};
int foo_size(const Foo& f) { return f.size; }
}  // namespace b
