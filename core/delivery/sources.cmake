set(MODULE_SOURCES
  delivery.h delivery.cpp
  deliveryids.h deliveryids.cpp
  deliverypolicy.h
  deliveryplanner.h deliveryplanner.cpp
  deliveryrows.h deliveryrows.cpp
  deliveryrepository.h deliveryrepository.cpp
  deliveryclaims.cpp
  deliveryescalation.cpp
  deliveryfollowups.cpp
  deliveryreceipts.cpp
  deliveryinbox.h deliveryinbox.cpp
  inboxserver.h inboxserver.cpp
  deliveryworker.h deliveryworker.cpp
  deliveryqueue.h deliveryqueue.cpp
  deliverysweep.h deliverysweep.cpp)
