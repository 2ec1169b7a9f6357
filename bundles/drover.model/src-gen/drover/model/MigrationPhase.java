/**
 */
package drover.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Migration Phase</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see drover.model.DroverPackage#getMigrationPhase()
 * @model
 * @generated
 */
public enum MigrationPhase implements Enumerator {
	/**
	 * The '<em><b>NONE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NONE_VALUE
	 * @generated
	 * @ordered
	 */
	NONE(11, "NONE", "NONE"), /**
	 * The '<em><b>PREFLIGHT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PREFLIGHT_VALUE
	 * @generated
	 * @ordered
	 */
	PREFLIGHT(0, "PREFLIGHT", "PREFLIGHT"),

	/**
	 * The '<em><b>FREEZE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FREEZE_VALUE
	 * @generated
	 * @ordered
	 */
	FREEZE(1, "FREEZE", "FREEZE"),

	/**
	 * The '<em><b>DUMP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DUMP_VALUE
	 * @generated
	 * @ordered
	 */
	DUMP(2, "DUMP", "DUMP"),

	/**
	 * The '<em><b>TRANSFER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TRANSFER_VALUE
	 * @generated
	 * @ordered
	 */
	TRANSFER(3, "TRANSFER", "TRANSFER"),

	/**
	 * The '<em><b>VERIFY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VERIFY_VALUE
	 * @generated
	 * @ordered
	 */
	VERIFY(4, "VERIFY", "VERIFY"),

	/**
	 * The '<em><b>RESTORE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RESTORE_VALUE
	 * @generated
	 * @ordered
	 */
	RESTORE(5, "RESTORE", "RESTORE"),

	/**
	 * The '<em><b>CONFIRM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONFIRM_VALUE
	 * @generated
	 * @ordered
	 */
	CONFIRM(6, "CONFIRM", "CONFIRM"),

	/**
	 * The '<em><b>POSTCOPY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POSTCOPY_VALUE
	 * @generated
	 * @ordered
	 */
	POSTCOPY(12, "POSTCOPY", "POSTCOPY"), /**
	 * The '<em><b>CLEANUP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CLEANUP_VALUE
	 * @generated
	 * @ordered
	 */
	CLEANUP(7, "CLEANUP", "CLEANUP"),

	/**
	 * The '<em><b>ROLLBACK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ROLLBACK_VALUE
	 * @generated
	 * @ordered
	 */
	ROLLBACK(8, "ROLLBACK", "ROLLBACK"),

	/**
	 * The '<em><b>DONE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DONE_VALUE
	 * @generated
	 * @ordered
	 */
	DONE(9, "DONE", "DONE"),

	/**
	 * The '<em><b>FAILED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FAILED_VALUE
	 * @generated
	 * @ordered
	 */
	FAILED(10, "FAILED", "FAILED");

	/**
	 * The '<em><b>NONE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NONE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NONE_VALUE = 11;

	/**
	 * The '<em><b>PREFLIGHT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PREFLIGHT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PREFLIGHT_VALUE = 0;

	/**
	 * The '<em><b>FREEZE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FREEZE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FREEZE_VALUE = 1;

	/**
	 * The '<em><b>DUMP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DUMP
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DUMP_VALUE = 2;

	/**
	 * The '<em><b>TRANSFER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TRANSFER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TRANSFER_VALUE = 3;

	/**
	 * The '<em><b>VERIFY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VERIFY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int VERIFY_VALUE = 4;

	/**
	 * The '<em><b>RESTORE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RESTORE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RESTORE_VALUE = 5;

	/**
	 * The '<em><b>CONFIRM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONFIRM
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CONFIRM_VALUE = 6;

	/**
	 * The '<em><b>POSTCOPY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POSTCOPY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int POSTCOPY_VALUE = 12;

	/**
	 * The '<em><b>CLEANUP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CLEANUP
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CLEANUP_VALUE = 7;

	/**
	 * The '<em><b>ROLLBACK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ROLLBACK
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ROLLBACK_VALUE = 8;

	/**
	 * The '<em><b>DONE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DONE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DONE_VALUE = 9;

	/**
	 * The '<em><b>FAILED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FAILED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FAILED_VALUE = 10;

	/**
	 * An array of all the '<em><b>Migration Phase</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final MigrationPhase[] VALUES_ARRAY =
		new MigrationPhase[] {
			NONE,
			PREFLIGHT,
			FREEZE,
			DUMP,
			TRANSFER,
			VERIFY,
			RESTORE,
			CONFIRM,
			POSTCOPY,
			CLEANUP,
			ROLLBACK,
			DONE,
			FAILED,
		};

	/**
	 * A public read-only list of all the '<em><b>Migration Phase</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<MigrationPhase> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Migration Phase</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MigrationPhase get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			MigrationPhase result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Migration Phase</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MigrationPhase getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			MigrationPhase result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Migration Phase</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MigrationPhase get(int value) {
		switch (value) {
			case NONE_VALUE: return NONE;
			case PREFLIGHT_VALUE: return PREFLIGHT;
			case FREEZE_VALUE: return FREEZE;
			case DUMP_VALUE: return DUMP;
			case TRANSFER_VALUE: return TRANSFER;
			case VERIFY_VALUE: return VERIFY;
			case RESTORE_VALUE: return RESTORE;
			case CONFIRM_VALUE: return CONFIRM;
			case POSTCOPY_VALUE: return POSTCOPY;
			case CLEANUP_VALUE: return CLEANUP;
			case ROLLBACK_VALUE: return ROLLBACK;
			case DONE_VALUE: return DONE;
			case FAILED_VALUE: return FAILED;
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
	private MigrationPhase(int value, String name, String literal) {
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
	
} //MigrationPhase
