// The test defines its own core::DB (a fake with the same qualified name).
namespace core {
class DB {
 public:
  int get(int) const { return 42; }
};
}  // namespace core

int probe() { return core::DB().get(1); }
