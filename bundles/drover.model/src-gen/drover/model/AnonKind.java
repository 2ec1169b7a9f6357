/**
 */
package drover.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Anon Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see drover.model.DroverPackage#getAnonKind()
 * @model
 * @generated
 */
public enum AnonKind implements Enumerator {
	/**
	 * The '<em><b>EVENTFD</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EVENTFD_VALUE
	 * @generated
	 * @ordered
	 */
	EVENTFD(0, "EVENTFD", "EVENTFD"),

	/**
	 * The '<em><b>EPOLL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EPOLL_VALUE
	 * @generated
	 * @ordered
	 */
	EPOLL(1, "EPOLL", "EPOLL"),

	/**
	 * The '<em><b>SIGNALFD</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SIGNALFD_VALUE
	 * @generated
	 * @ordered
	 */
	SIGNALFD(2, "SIGNALFD", "SIGNALFD"),

	/**
	 * The '<em><b>TIMERFD</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TIMERFD_VALUE
	 * @generated
	 * @ordered
	 */
	TIMERFD(3, "TIMERFD", "TIMERFD"),

	/**
	 * The '<em><b>INOTIFY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INOTIFY_VALUE
	 * @generated
	 * @ordered
	 */
	INOTIFY(4, "INOTIFY", "INOTIFY"),

	/**
	 * The '<em><b>FANOTIFY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FANOTIFY_VALUE
	 * @generated
	 * @ordered
	 */
	FANOTIFY(5, "FANOTIFY", "FANOTIFY"),

	/**
	 * The '<em><b>PIDFD</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PIDFD_VALUE
	 * @generated
	 * @ordered
	 */
	PIDFD(6, "PIDFD", "PIDFD"),

	/**
	 * The '<em><b>IO URING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IO_URING_VALUE
	 * @generated
	 * @ordered
	 */
	IO_URING(7, "IO_URING", "IO_URING"),

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(8, "OTHER", "OTHER");

	/**
	 * The '<em><b>EVENTFD</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EVENTFD
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EVENTFD_VALUE = 0;

	/**
	 * The '<em><b>EPOLL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EPOLL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EPOLL_VALUE = 1;

	/**
	 * The '<em><b>SIGNALFD</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SIGNALFD
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SIGNALFD_VALUE = 2;

	/**
	 * The '<em><b>TIMERFD</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TIMERFD
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TIMERFD_VALUE = 3;

	/**
	 * The '<em><b>INOTIFY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INOTIFY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INOTIFY_VALUE = 4;

	/**
	 * The '<em><b>FANOTIFY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FANOTIFY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FANOTIFY_VALUE = 5;

	/**
	 * The '<em><b>PIDFD</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PIDFD
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PIDFD_VALUE = 6;

	/**
	 * The '<em><b>IO URING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IO_URING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int IO_URING_VALUE = 7;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 8;

	/**
	 * An array of all the '<em><b>Anon Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final AnonKind[] VALUES_ARRAY =
		new AnonKind[] {
			EVENTFD,
			EPOLL,
			SIGNALFD,
			TIMERFD,
			INOTIFY,
			FANOTIFY,
			PIDFD,
			IO_URING,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Anon Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<AnonKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Anon Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AnonKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AnonKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Anon Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AnonKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AnonKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Anon Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AnonKind get(int value) {
		switch (value) {
			case EVENTFD_VALUE: return EVENTFD;
			case EPOLL_VALUE: return EPOLL;
			case SIGNALFD_VALUE: return SIGNALFD;
			case TIMERFD_VALUE: return TIMERFD;
			case INOTIFY_VALUE: return INOTIFY;
			case FANOTIFY_VALUE: return FANOTIFY;
			case PIDFD_VALUE: return PIDFD;
			case IO_URING_VALUE: return IO_URING;
			case OTHER_VALUE: return OTHER;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private AnonKind(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //AnonKind
