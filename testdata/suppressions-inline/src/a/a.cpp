// seams-allow(private-access): the include is going away with b's new API
#include "b/detail.h"

int use_secret() {
  return b::secret();  // seams-allow(private-access): b exports secret() in v2
}

int use_other() {
  // seams-allow(no-b-other) seams-allow(privat-access): typo in the id
  return b::other();
}

int nothing_here() {
  // seams-allow(private-access): the call below was removed
  return 1;
}
