set(MODULE_SOURCES
  callrecord.h callrecord.cpp
  callrecordrepository.h callrecordrepository.cpp
  callrecorder.h callrecorder.cpp
  kpis.h
  kpicalculator.h kpicalculator.cpp
  kpiexport.h kpiexport.cpp
  completenessscore.h completenessscore.cpp
  reviewrubric.h reviewrubric.cpp
  review.h review.cpp
  reviewqueue.h reviewqueue.cpp
  monthlyreport.h monthlyreport.cpp
  supervisionsyncschema.h supervisionsyncschema.cpp
  supervisionsync.h supervisionsync.cpp)
