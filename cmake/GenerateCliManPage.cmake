# Writes relais-cli.1.gz from docs/man/relais-cli.1.in and the binary's own --help texts, so the man
# page lists every command with its options. Run with cmake -P:
#   -DCLI=path/to/relais-cli -DTEMPLATE=docs/man/relais-cli.1.in -DOUT=man/relais-cli.1.gz -DVERSION=x.y.z
cmake_minimum_required(VERSION 3.25) # @VERSION@ below is a placeholder, not a variable
function(help_of out)
  execute_process(COMMAND ${CMAKE_COMMAND} -E env LANG=C.UTF-8 LC_ALL=C.UTF-8 LANGUAGE= ${CLI} ${ARGN} --help
                  OUTPUT_VARIABLE text ERROR_VARIABLE error RESULT_VARIABLE code)
  # A command whose --help fails is reported (the package test fails on it) but does not stop the build.
  if(NOT code EQUAL 0)
    message(WARNING "relais-cli ${ARGN} --help exited with ${code}: ${error}")
    string(APPEND text "${error}")
  endif()
  # Qt's usage line names the binary by its path in the build tree.
  string(REPLACE "${CLI}" "relais-cli" text "${text}")
  set(${out} "${text}" PARENT_SCOPE)
endfunction()

# Help text as a roff no-fill block: backslashes escaped, lines that roff would read as requests guarded.
function(as_roff out text)
  string(REPLACE "\\" "\\e" text "${text}")
  string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" text "${text}")
  set(${out} ".nf\n${text}\n.fi\n" PARENT_SCOPE)
endfunction()

help_of(top)
string(FIND "${top}" "\nCommands:\n" at)
if(at EQUAL -1)
  message(FATAL_ERROR "relais-cli --help lists no commands")
endif()
string(SUBSTRING "${top}" 0 ${at} global)
math(EXPR from "${at} + 11")
string(SUBSTRING "${top}" ${from} -1 listing)
as_roff(global_roff "${global}")
set(sections ".SH OPTIONS\n${global_roff}.SH COMMANDS\n")
string(REPLACE "\n" ";" lines "${listing}")
foreach(line IN LISTS lines)
  if(line MATCHES "^  ([a-z][a-z0-9-]*)  +(.*)$")
    set(command ${CMAKE_MATCH_1})
    set(summary ${CMAKE_MATCH_2})
    help_of(help ${command})
    as_roff(help_roff "${help}")
    string(REPLACE "\\" "\\e" summary "${summary}")
    string(APPEND sections ".SS ${command}\n${summary}\n.PP\n${help_roff}")
  endif()
endforeach()

file(READ ${TEMPLATE} page)
string(REPLACE "@VERSION@" "${VERSION}" page "${page}")
string(REPLACE ".@COMMANDS@\n" "${sections}" page "${page}")
get_filename_component(dir ${OUT} DIRECTORY)
get_filename_component(name ${OUT} NAME_WLE)
file(WRITE ${dir}/${name} "${page}")
file(ARCHIVE_CREATE OUTPUT ${OUT} PATHS ${dir}/${name} FORMAT raw COMPRESSION GZip)
