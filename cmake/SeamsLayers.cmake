# The layers of seams, enforced by the build.
#
# Each top-level folder of the pipeline is one layer and one library. A layer's sources see only
# its own headers and those of the layers it may use: its include root is a directory of symbolic
# links, one per visible folder (<build>/include-roots/<layer>/<folder> -> <source>/<folder>),
# and the repository root is on no include path. So `#include "rules/finding.h"` from a file of
# analyzer/ does not compile (tests/layers/ proves it). Declare a layer after the layers it uses;
# its USES must list every layer those use as well, because their headers include their own
# dependencies' headers.
#
# seams reads the real path of every file libclang opens, so its own analysis (the self-check,
# seams.yaml at the root) sees config/config.h, never include-roots/.../config/config.h.

# seams_layer(NAME USES LAYER...): declares layer NAME and creates its include root.
function(seams_layer name)
  cmake_parse_arguments(PARSE_ARGV 1 arg "" "" "USES")
  foreach(used IN LISTS arg_USES)
    get_property(declared GLOBAL PROPERTY SEAMS_LAYER_${used}_USES SET)
    if(NOT declared)
      message(FATAL_ERROR "layer '${name}' uses '${used}', which is not declared before it")
    endif()
    get_property(indirect GLOBAL PROPERTY SEAMS_LAYER_${used}_USES)
    foreach(layer IN LISTS indirect)
      if(NOT layer IN_LIST arg_USES)
        message(FATAL_ERROR "layer '${name}' uses '${used}', which uses '${layer}': "
                            "list '${layer}' in the USES of '${name}' too")
      endif()
    endforeach()
  endforeach()
  set_property(GLOBAL PROPERTY SEAMS_LAYER_${name}_USES "${arg_USES}")
  set(root ${CMAKE_BINARY_DIR}/include-roots/${name})
  file(REMOVE_RECURSE ${root})
  file(MAKE_DIRECTORY ${root})
  foreach(folder IN ITEMS ${name} ${arg_USES})
    file(CREATE_LINK ${PROJECT_SOURCE_DIR}/${folder} ${root}/${folder} SYMBOLIC)
  endforeach()
endfunction()

# seams_layer_target(TARGET LAYER): compiles TARGET's sources with LAYER's include root.
function(seams_layer_target target layer)
  get_property(declared GLOBAL PROPERTY SEAMS_LAYER_${layer}_USES SET)
  if(NOT declared)
    message(FATAL_ERROR "target '${target}': layer '${layer}' is not declared")
  endif()
  target_include_directories(${target} PRIVATE ${CMAKE_BINARY_DIR}/include-roots/${layer})
endfunction()
