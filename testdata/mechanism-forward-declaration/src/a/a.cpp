// No #include of b at all: a declares b's function itself.
namespace b {
int secret();
}  // namespace b

int a_run() { return b::secret(); }  // expect: private-access (b::secret lives in b.cpp)
