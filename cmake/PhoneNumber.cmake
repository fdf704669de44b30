# libphonenumber 8.12 ships no CMake config nor .pc file: wrap it in an imported target.
find_package(PkgConfig REQUIRED)
pkg_check_modules(PROTOBUF REQUIRED IMPORTED_TARGET protobuf)
find_path(PHONENUMBER_INCLUDE_DIR phonenumbers/phonenumberutil.h REQUIRED)
find_library(PHONENUMBER_LIBRARY phonenumber REQUIRED)
add_library(relais_phonenumber INTERFACE IMPORTED)
target_include_directories(relais_phonenumber INTERFACE ${PHONENUMBER_INCLUDE_DIR})
target_link_libraries(relais_phonenumber INTERFACE ${PHONENUMBER_LIBRARY} PkgConfig::PROTOBUF)
