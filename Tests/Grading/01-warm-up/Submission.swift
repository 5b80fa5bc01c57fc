import GradingSupport

// The student's lesson 01 as the checks call it: the same names as the stubs, answered by the
// driver built from the student's sources (Driver/Driver.swift), never loaded here.
func Identity() -> RemoteActivation { RemoteActivation("Identity") }
func BinaryStep() -> RemoteActivation { RemoteActivation("BinaryStep") }
func ArcTan() -> RemoteActivation { RemoteActivation("ArcTan") }
