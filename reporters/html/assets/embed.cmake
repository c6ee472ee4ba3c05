# Turns the report's CSS and JS into a C++ source file of raw string literals,
# so the HTML report is one offline file and the build needs no network.
#   cmake -DOUT=html_assets.cpp -DCSS=report.css -DJS=report.js -P embed.cmake
# Each asset becomes a function of seams::html returning a std::string_view.
set(delimiter "seams_asset")
file(WRITE "${OUT}.tmp"
  "// Generated from reporters/html/assets by embed.cmake; do not edit.\n"
  "#include \"reporters/html/parts.h\"\n\nnamespace seams::html {\n")
foreach(pair IN ITEMS "report_css=${CSS}" "report_js=${JS}")
  string(REPLACE "=" ";" parts "${pair}")
  list(GET parts 0 function)
  list(GET parts 1 path)
  file(READ "${path}" content)
  string(FIND "${content}" ")${delimiter}\"" clash)
  if(NOT clash EQUAL -1)
    message(FATAL_ERROR "${path} contains the raw-string delimiter )${delimiter}\"")
  endif()
  file(APPEND "${OUT}.tmp"
    "\nstd::string_view ${function}() {\n  return R\"${delimiter}(${content})${delimiter}\";\n}\n")
endforeach()
file(APPEND "${OUT}.tmp" "\n}  // namespace seams::html\n")
# Only touch the output when it changes, so an unchanged asset rebuilds nothing.
file(COPY_FILE "${OUT}.tmp" "${OUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUT}.tmp")
