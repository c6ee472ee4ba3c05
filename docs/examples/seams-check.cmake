# CMake targets for seams, for a project's own build:
#   cmake --build build --target seams-check      # the boundaries (and the baseline, if any)
#   cmake --build build --target seams-baseline   # lock fixes in: seams baseline --update
# Use: copy this file to cmake/seams-check.cmake and add `include(cmake/seams-check.cmake)`
# right after project(), before your targets (CMAKE_EXPORT_COMPILE_COMMANDS applies to targets
# created after it is set). Nothing needs to be built first: seams reads this build's
# compile_commands.json. SEAMS_EXECUTABLE names the binary (default: seams on PATH).
set(CMAKE_EXPORT_COMPILE_COMMANDS ON)
find_program(SEAMS_EXECUTABLE seams DOC "The seams module-boundary checker")
if(NOT SEAMS_EXECUTABLE)
  message(STATUS "seams not found: no seams-check target (set SEAMS_EXECUTABLE)")
  return()
endif()
set(_seams_baseline ${CMAKE_SOURCE_DIR}/seams-baseline.json)
add_custom_target(seams-check
  # The baseline is used when it exists at build time, not only at configure time.
  COMMAND sh -c "if [ -f '${_seams_baseline}' ]; then exec '${SEAMS_EXECUTABLE}' check -p '${CMAKE_BINARY_DIR}' --baseline '${_seams_baseline}'; else exec '${SEAMS_EXECUTABLE}' check -p '${CMAKE_BINARY_DIR}'; fi"
  WORKING_DIRECTORY ${CMAKE_SOURCE_DIR}
  COMMENT "seams: checking module boundaries"
  USES_TERMINAL
  VERBATIM)
add_custom_target(seams-baseline
  COMMAND ${SEAMS_EXECUTABLE} baseline --update -p ${CMAKE_BINARY_DIR}
  WORKING_DIRECTORY ${CMAKE_SOURCE_DIR}
  COMMENT "seams: removing fixed violations from seams-baseline.json"
  USES_TERMINAL
  VERBATIM)
