set(MODULE_SOURCES
  callrecord.h callrecord.cpp
  callrecordrepository.h callrecordrepository.cpp
  callrecorder.h callrecorder.cpp
  kpis.h
  kpicalculator.h kpicalculator.cpp
  kpiexport.h kpiexport.cpp)
