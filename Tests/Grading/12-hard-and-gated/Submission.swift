import GradingSupport

// The student's lesson 12 as the checks call it: the same names as the stubs, answered by the
// driver built from the student's sources (Driver/Driver.swift), never loaded here.
func ReLU6() -> RemoteActivation { RemoteActivation("ReLU6") }
func HardSigmoid() -> RemoteActivation { RemoteActivation("HardSigmoid") }
func HardSwish() -> RemoteActivation { RemoteActivation("HardSwish") }
func GLU() -> RemoteGated { RemoteGated("GLU") }
func SwiGLU() -> RemoteGated { RemoteGated("SwiGLU") }
func GEGLU() -> RemoteGated { RemoteGated("GEGLU") }
