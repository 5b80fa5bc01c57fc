import Testing
import ActivationCore
