// No #include: <vector> and b/b.h come from the target's precompiled header (-include cmake_pch.hxx).
int a_run() { std::vector<int> v{b::three()}; return v[0]; }  // expect: undeclared-dependency
