# Seams.cmake: index a CMake project's targets with seams as build steps.
#
#   list(APPEND CMAKE_MODULE_PATH /path/to/seams/cmake)   # or share/seams/cmake when installed
#   include(Seams)
#   seams_add_facts(orders)          # orders.facts: the facts of the target's translation units
#   seams_add_facts(payments)
#   seams_add_check()                # target seams_check: merge them all and run `seams check`
#
# Each facts file is one custom command with a depfile of every file its TUs read, so Ninja
# schedules indexing next to compilation, runs it again only when one of those files (or the
# target's sources, the compile DB or seams.yaml) changed, and any executor that runs the
# build's commands elsewhere can run it. seams reads the compile DB CMake exports, so
# CMAKE_EXPORT_COMPILE_COMMANDS is turned on.
#
# Variables: SEAMS_EXECUTABLE (default: `seams` on PATH), SEAMS_CONFIG (default:
# ${CMAKE_SOURCE_DIR}/seams.yaml), SEAMS_INDEX_ARGS (extra arguments of `seams index`, e.g.
# --level includes).
include_guard(GLOBAL)
set(CMAKE_EXPORT_COMPILE_COMMANDS ON)
if(NOT SEAMS_EXECUTABLE)
  find_program(SEAMS_EXECUTABLE seams REQUIRED)
endif()
if(NOT SEAMS_CONFIG)
  set(SEAMS_CONFIG "${CMAKE_SOURCE_DIR}/seams.yaml")
endif()

# seams_add_facts(TARGET [OUTPUT FILE]): adds FILE (default:
# ${CMAKE_CURRENT_BINARY_DIR}/TARGET.facts), the facts of TARGET's C and C++ sources, built
# by the target TARGET_seams_facts (part of `all`).
function(seams_add_facts target)
  cmake_parse_arguments(PARSE_ARGV 1 arg "" "OUTPUT" "")
  if(NOT TARGET ${target})
    message(FATAL_ERROR "seams_add_facts: no target named '${target}'")
  endif()
  set(out "${arg_OUTPUT}")
  if(NOT out)
    set(out "${CMAKE_CURRENT_BINARY_DIR}/${target}.facts")
  endif()
  get_target_property(sources ${target} SOURCES)
  get_target_property(source_dir ${target} SOURCE_DIR)
  # Only sources inside the project root (the directory of seams.yaml): seams
  # analyzes nothing outside it, and a --tus list naming such a file is an error.
  get_filename_component(root "${SEAMS_CONFIG}" DIRECTORY)
  set(tus "")
  foreach(source IN LISTS sources)
    if(source MATCHES "\\$<")  # a generator expression: not a path CMake knows yet
      continue()
    endif()
    if(source MATCHES "\\.(c|cc|cpp|cxx|c\\+\\+|C)$")
      get_filename_component(path "${source}" ABSOLUTE BASE_DIR "${source_dir}")
      string(FIND "${path}" "${root}/" at)
      if(at EQUAL 0)
        string(APPEND tus "${path}\n")
      endif()
    endif()
  endforeach()
  set(list "${out}.tus")
  file(WRITE "${list}.in" "${tus}")
  configure_file("${list}.in" "${list}" COPYONLY)  # rewritten only when it changes
  add_custom_command(
    OUTPUT "${out}"
    COMMAND "${SEAMS_EXECUTABLE}" index -p "${CMAKE_BINARY_DIR}" --config "${SEAMS_CONFIG}"
            --tus "${list}" -o "${out}" --depfile "${out}.d" -j 1 ${SEAMS_INDEX_ARGS}
    DEPENDS "${list}" "${SEAMS_CONFIG}" "${CMAKE_BINARY_DIR}/compile_commands.json"
    DEPFILE "${out}.d"
    WORKING_DIRECTORY "${CMAKE_SOURCE_DIR}"
    COMMENT "seams: indexing ${target}"
    VERBATIM)
  add_custom_target(${target}_seams_facts ALL DEPENDS "${out}")
  set_property(GLOBAL APPEND PROPERTY SEAMS_FACTS_FILES "${out}")
endfunction()

# seams_add_check([OUTPUT FILE] [ARGS ...]): the target seams_check merges every facts file
# of seams_add_facts into FILE (default: ${CMAKE_BINARY_DIR}/all.facts) and runs
# `seams check --facts FILE ARGS...`. Call it after the last seams_add_facts.
function(seams_add_check)
  cmake_parse_arguments(PARSE_ARGV 0 arg "" "OUTPUT" "ARGS")
  set(out "${arg_OUTPUT}")
  if(NOT out)
    set(out "${CMAKE_BINARY_DIR}/all.facts")
  endif()
  get_property(facts GLOBAL PROPERTY SEAMS_FACTS_FILES)
  if(NOT facts)
    message(FATAL_ERROR "seams_add_check: no seams_add_facts() before it")
  endif()
  add_custom_command(
    OUTPUT "${out}"
    COMMAND "${SEAMS_EXECUTABLE}" merge -o "${out}" ${facts}
    DEPENDS ${facts}
    COMMENT "seams: merging ${CMAKE_PROJECT_NAME}'s facts"
    VERBATIM)
  add_custom_target(seams_check
    COMMAND "${SEAMS_EXECUTABLE}" check --config "${SEAMS_CONFIG}" --facts "${out}" ${arg_ARGS}
    DEPENDS "${out}"
    WORKING_DIRECTORY "${CMAKE_SOURCE_DIR}"
    VERBATIM)
endfunction()
